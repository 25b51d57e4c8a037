/** Shows the sheet's Print buttons and makes them print: without script they stay hidden rather than dead. */
export function enablePrintButtons(root: ParentNode = document): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
		button.hidden = false;
		button.addEventListener('click', () => window.print());
	}
}
