import { createRoot } from "react-dom/client";
import "./console.css";
import { ConsoleApp } from "./console-app";

const root = document.getElementById("console");
if (!root) throw new Error("index.html has no #console element");
createRoot(root).render(<ConsoleApp />);
