// zmp-ui's Page calls scrollTo on mount; jsdom does not implement it.
Element.prototype.scrollTo = function scrollTo() {};
window.scrollTo = () => {};
