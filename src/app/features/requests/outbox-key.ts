// Tiny on purpose: the shell reads it at start to decide whether to load the sending code at all.
export const OUTBOX_KEY = "requests-outbox";
export const SENT_KEY = "requests-sent";
