// Saving text as a file from the browser: a Blob behind a temporary object URL.

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the URL by now; free it a little later.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
