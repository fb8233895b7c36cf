import { createRoot } from "react-dom/client";
import "zmp-ui/zaui.css";
import "./styles/app.css";
import { isInsideZalo } from "./platform/zalo";
import { restoreTextSize } from "./features/settings/text-size";
import { CongDanSoApp } from "./shell/app";
import { putHomeBehindDeepLink, routerBase } from "./shell/home-behind-deep-link";
import { prepareWebRouting } from "./shell/web-routing";

prepareWebRouting(isInsideZalo(), import.meta.env.PROD);
putHomeBehindDeepLink(routerBase(import.meta.env.PROD));
void restoreTextSize();

const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");
createRoot(root).render(<CongDanSoApp />);
