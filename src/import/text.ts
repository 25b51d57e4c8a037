/**
 * Character-level helpers shared by the importer. Matching is done on a folded copy of
 * the text (traditional characters to simplified, full-width Latin to ASCII, lower
 * case) that keeps every character at its index, so a match found in the folded copy
 * cuts the original text at the same place and what is kept stays verbatim.
 */

/**
 * Traditional → simplified for the characters that occur in the headings, labels and
 * role words the importer recognises. It is not a converter: the text written to YAML
 * is always the source's own.
 */
const TRADITIONAL =
	'崗岗稱称屬属門门編编號号級级匯汇報报對对職职綜综務务責责權权資资條条學学歷历曆历專专業业經经驗验訓训識识質质語语儀仪體体關关係系環环徵征標标訂订設设實实內内總总長长員员導导協协調调發发晉晋備备註注範范圍围說说書书規规劃划與与溝沟戶户銷销場场營营運运數数據据財财會会計计預预層层個个為为時时間间機机電电腦脑話话辦办處处節节週周績绩於于後后並并紀纪錄录審审簽签約约項项類类決决議议監监組组織织聯联繫系構构維维護护執执證证貨货廠厂習习師师薦荐顧顾問问傳传統统壓压幹干領领齡龄態态負负檢检測测評评價价獎奖懲惩講讲討讨稅税額额購购採采庫库裝装車车輛辆衛卫潔洁廚厨鍋锅療疗藥药礎础術术礙碍讀读寫写聽听歲岁區区檔档單单輸输這这臺台檯台應应圖图樣样製制兩两萬万開开網网絡络倉仓產产銀银納纳費费氣气狀状細细鍵键徑径適适記记隸隶碼码隊队碩硕韓韩粵粤駕驾駛驶練练軟软動动誠诚積积輪轮結结瞭了團团頁页點点擊击載载覽览閱阅簡简題题'
		.match(/../gu) ?? [];
const TO_SIMPLIFIED = new Map<string, string>(TRADITIONAL.map((pair) => [pair[0]!, pair[1]!]));

/** Folds text for matching only; the result has exactly as many UTF-16 units as the input. */
export function fold(text: string): string {
	if (text.length <= 256) return foldChars(text);
	// A long line is folded again at every place a title may start: fold it once.
	const known = recentlyFolded.find((entry) => entry.text === text);
	if (known) return known.folded;
	const folded = foldChars(text);
	recentlyFolded.unshift({ text, folded });
	recentlyFolded.length = Math.min(recentlyFolded.length, 4);
	return folded;
}

const recentlyFolded: { text: string; folded: string }[] = [];

/** Every UTF-16 unit's folded unit, built once. */
const FOLD_TABLE = (() => {
	const table = new Uint16Array(0x10000);
	for (let code = 0; code < 0x10000; code++) table[code] = code;
	// Lower case: ASCII, and the Latin, Greek and Cyrillic letters that have case.
	for (let code = 0x41; code < 0x590; code++) {
		const lower = String.fromCharCode(code).toLowerCase();
		if (lower.length === 1) table[code] = lower.charCodeAt(0);
	}
	for (let code = 0xff10; code <= 0xff5a; code++) {
		if (code <= 0xff19 || (code >= 0xff21 && code <= 0xff3a) || code >= 0xff41) table[code] = String.fromCharCode(code - 0xfee0).toLowerCase().charCodeAt(0);
	}
	for (const [traditional, simplified] of TO_SIMPLIFIED) table[traditional.charCodeAt(0)] = simplified.charCodeAt(0);
	return table;
})();

const UTF16 = new TextDecoder('utf-16le');

function foldChars(text: string): string {
	let i = 0;
	while (i < text.length && FOLD_TABLE[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
	// Most text is already folded (simplified Chinese, lower-case): no copy.
	if (i === text.length) return text;
	const units = new Uint16Array(text.length);
	for (let j = 0; j < text.length; j++) units[j] = FOLD_TABLE[text.charCodeAt(j)]!;
	return UTF16.decode(units);
}

/** Folds and drops spaces: how labels and titles are compared. */
export function key(text: string): string {
	return fold(text)
		.replace(/\s+/g, '')
		.replace(/[（(]/g, '(')
		.replace(/[）)]/g, ')');
}

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_OR_PUNCT = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’《》【】…—]/;

/** A sentence is finished when it ends with one of these (before closing quotes). */
export function isTerminated(text: string): boolean {
	return /[。;;!?!?.…]$/.test(text.replace(/[”’」』"')）\]】]+$/, ''));
}

/** Ends with a mark that says the line goes on (a comma, 、, an open bracket). */
export function endsOpen(text: string): boolean {
	return /[,,、(（《“:：\-—]$/.test(text);
}

/**
 * Joins a line to the one it continues. Chinese is written without spaces, so a line
 * broken inside a Chinese sentence is joined with nothing; Latin text gets one space.
 */
export function joinText(before: string, after: string): string {
	if (!before) return after;
	if (!after) return before;
	const last = before.at(-1)!;
	const first = after[0]!;
	return CJK_OR_PUNCT.test(last) || CJK_OR_PUNCT.test(first) ? before + after : `${before} ${after}`;
}

/** Spaces between two Chinese characters are layout (table cells, wrapped PDF text), never meaning. */
export function closeCjkSpaces(text: string): string {
	return text.replace(/([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef、,。;:])\s+(?=[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef、,。;:])/g, '$1');
}

/** Strips a trailing colon (a label's) and surrounding space. */
export function stripColon(text: string): string {
	return text.replace(/\s*[:：]\s*$/, '').trim();
}

/** A short FNV-1a hash, in base 36: stable ids for text the word map cannot spell. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0').slice(0, 6);
}
