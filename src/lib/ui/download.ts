// Saving text or bytes as a file from the browser: a Blob behind a temporary object URL.

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	downloadData(fileName, text, type);
}

export function downloadData(fileName: string, data: string | Uint8Array, type: string): void {
	const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
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
