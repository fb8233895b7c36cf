import { createRoot } from "react-dom/client";
import "zmp-ui/zaui.css";
import "./styles/app.css";
import { isInsideZalo } from "./platform/zalo";
import { CongDanSoApp } from "./shell/app";
import { prepareWebRouting } from "./shell/web-routing";

prepareWebRouting(isInsideZalo(), import.meta.env.PROD);

const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");
createRoot(root).render(<CongDanSoApp />);
