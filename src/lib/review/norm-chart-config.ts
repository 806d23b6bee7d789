// The local-norm scatter as a Chart.js configuration: each healthy control's raw value against
// age or education, the fitted expectation T(0) and the ±1/2/3 SD band thresholds T(±k) in raw
// units (norm-scatter.ts computes them). Pure data: built and tested in Node, drawn by
// NormScatterChart.svelte.
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { NormScatter } from '../scoring/local-norms/norm-scatter';
import { m } from '../i18n/paraglide/messages.js';

/** Okabe–Ito colours, told apart by line style as well. */
export const normChartColours = {
	controls: '#0072B2',
	expected: '#000000',
	sd1: '#E69F00',
	sd2: '#D55E00',
	sd3: '#CC79A7'
} as const;

export interface NormChartInput {
	scatter: NormScatter;
	/** Y axis title, e.g. "NCT-A time (s)". */
	valueLabel: string;
	/** X axis title, e.g. "Age (years)". */
	axisLabel: string;
}

type Point = { x: number; y: number };
type ScatterDataset = ChartDataset<'scatter', Point[]>;

const bands = [
	{ k: 1, colour: normChartColours.sd1, dash: [8, 4] },
	{ k: 2, colour: normChartColours.sd2, dash: [4, 4] },
	{ k: 3, colour: normChartColours.sd3, dash: [1, 4] }
] as const;

/**
 * One band (+k above, −k below) as one dataset: the upper line left to right, a gap (y = NaN,
 * which Chart.js skips and does not join across), then the lower line.
 */
export function bandPoints(scatter: NormScatter, k: 1 | 2 | 3): Point[] {
	const upper = scatter.line.map((p) => ({ x: p.x, y: p.raw[k] }));
	const lower = scatter.line.map((p) => ({ x: p.x, y: p.raw[-k as -1 | -2 | -3] }));
	if (upper.length === 0) return [];
	return [...upper, { x: upper[upper.length - 1]!.x, y: Number.NaN }, ...lower];
}

const lineDataset = (label: string, data: Point[], colour: string, dash: readonly number[], width: number): ScatterDataset => ({
	label,
	data,
	showLine: true,
	spanGaps: false,
	borderColor: colour,
	backgroundColor: colour,
	borderWidth: width,
	borderDash: [...dash],
	// 'line' draws the legend sample as a short line in the dataset's dash, not a filled box.
	pointStyle: 'line',
	pointRadius: 0,
	pointHoverRadius: 0,
	pointHitRadius: 0
});

/**
 * Raw values cannot be negative, but a band below 0 on the √ scale back-transforms to −y² (so no
 * count reaches it); the axis then starts at 0 instead of showing an impossible range.
 */
export function yAxisMin(scatter: NormScatter): number | undefined {
	const ys = [...scatter.points.map((p) => p.raw), ...scatter.line.flatMap((p) => Object.values(p.raw))];
	return ys.some((y) => y < 0) ? 0 : undefined;
}

export function normScatterChartConfig({ scatter, valueLabel, axisLabel }: NormChartInput): ChartConfiguration<'scatter', Point[]> {
	const controls: ScatterDataset = {
		label: m.norm_chart_controls(),
		data: scatter.points.map((p) => ({ x: p.x, y: p.raw })),
		showLine: false,
		borderColor: normChartColours.controls,
		backgroundColor: normChartColours.controls,
		pointRadius: 4,
		pointHoverRadius: 6,
		pointStyle: 'circle'
	};
	const expected = lineDataset(
		m.norm_chart_expected(),
		scatter.line.map((p) => ({ x: p.x, y: p.raw[0] })),
		normChartColours.expected,
		[],
		2
	);
	const bandSets = bands.map(({ k, colour, dash }) => lineDataset(`±${k} SD`, bandPoints(scatter, k), colour, dash, 1.5));
	const min = yAxisMin(scatter);
	return {
		type: 'scatter',
		data: { datasets: [controls, expected, ...bandSets] },
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			scales: {
				x: { type: 'linear', title: { display: true, text: axisLabel } },
				y: { type: 'linear', title: { display: true, text: valueLabel }, ...(min !== undefined && { min }) }
			},
			plugins: {
				legend: { position: 'bottom', labels: { usePointStyle: true } },
				tooltip: { enabled: true }
			}
		}
	};
}
