import { useEffect, useRef } from "react";
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = ["#0b5cab", "#e08a00", "#2e7d32"];

/**
 * A bar chart drawn by Chart.js on a canvas. The canvas is decoration for sighted readers
 * (aria-hidden); every chart sits beside a table with the same numbers.
 */
export function BarChart({ labels, series, horizontal = false, label }: { labels: string[]; series: { name: string; values: number[] }[]; horizontal?: boolean; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const config: ChartConfiguration<"bar"> = {
      type: "bar",
      data: { labels, datasets: series.map((s, i) => ({ label: s.name, data: s.values, backgroundColor: COLOURS[i % COLOURS.length] })) },
      options: {
        indexAxis: horizontal ? "y" : "x",
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: series.length > 1 } },
        scales: { x: { ticks: { precision: 0 } }, y: { ticks: { precision: 0 } } },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [labels, series, horizontal]);
  return (
    <div className="chart" style={{ height: horizontal ? Math.max(160, labels.length * 28) : 240 }} data-chart={label}>
      <canvas ref={canvas} aria-hidden="true" />
    </div>
  );
}
