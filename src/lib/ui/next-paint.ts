// Lets the browser draw (a progress bar, say) before the next piece of long work. A hidden tab
// runs no animation frames, so a timer ends the wait there.
export function nextPaint(): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, 100);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(timer);
				resolve();
			}, 0)
		);
	});
}
