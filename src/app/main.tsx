import { createRoot } from "react-dom/client";
// Only the styles of the zmp-ui components the app uses, not all of zaui.css (a sixth of the
// first download on a weak signal).
import "zmp-ui/app/styles/app.css";
import "zmp-ui/page/styles/page.css";
import "zmp-ui/header/styles/header.css";
import "zmp-ui/bottom-navigation/styles/bottom-navigation.css";
import "zmp-ui/button/styles/button.css";
import "zmp-ui/snackbar-provider/styles/snackbar-provider.css";
import "zmp-ui/router/styles/router.css";
import "./styles/app.css";
import { isInsideZalo } from "./platform/zalo";
import { swapHomePreviewWhenReady } from "./lib/home-preview-swap";
import { restoreTextSize } from "./lib/text-size";
import { restoreVisit } from "./lib/assist-visit";
import { CongDanSoApp } from "./shell/app";
import { putHomeBehindDeepLink, routerBase } from "./shell/home-behind-deep-link";
import { prepareWebRouting } from "./shell/web-routing";

prepareWebRouting(isInsideZalo(), import.meta.env.PROD);
putHomeBehindDeepLink(routerBase(import.meta.env.PROD));
void restoreTextSize();
// Before any screen writes: an assist visit under way must note what it changes (lib/assist-visit.ts).
void restoreVisit();

const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");
swapHomePreviewWhenReady();
// Where the server drew home's preview, it runs this code only after that preview's first paint
// (startAppAfterPaint, src/server/lib/index-html.ts): the first render need not wait again.
createRoot(root).render(<CongDanSoApp />);
