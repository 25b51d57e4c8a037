/**
 * Page furniture: what a document-sharing site, a web page or a PDF's page layout adds
 * around a job description — the site's spam title, upload and download notices, page
 * markers (第1页 / 共10页, Page 1 of 2), "click for more", breadcrumbs, and the list of
 * related articles at the end. Such lines are never content: the importer keeps them
 * with the lines it did not place, so nothing is lost, and never puts them in a field.
 */
import { fold } from './text.ts';

const PAGE_MARKER = [
	/^第\s*\d+\s*页\s*(?:[/／,，]\s*)?共\s*\d+\s*页$/,
	/^共\s*\d+\s*页\s*[,，/／]?\s*第\s*\d+\s*页$/,
	/^第\s*\d+\s*页$/,
	/^page\s+\d+(?:\s*(?:of|\/)\s*\d+)?$/,
	/^\d+\s*\/\s*\d+$/,
	/^[-–—]\s*\d+\s*[-–—]$/,
];

const NOTICE = [
	/上传(?:人|者|时间|日期|于)|下载(?:积分|次数|券|地址)|文档页数|免费下载|下载后请|阅读(?:次数|量)[:：]|浏览(?:次数|量)[:：]/,
	/仅供(?:学习)?(?:参考|交流)|如有侵权|侵权请联系|版权归原作者|转载请注明|本文(?:档)?由.{0,12}(?:上传|分享|整理|提供)/,
	/(?:文库|文庫|范文网|范文网|道客巴巴|豆丁|原创力文档|人人文库|书业网|学科网)/,
	/^(?:点击|點擊)?(?:查看|阅读)?(?:更多|全文)\s*(?:>>|»|>)?$|^(?:展开|收起)全文|^继续阅读|^(?:下一页|上一页|下一篇|上一篇)[:：]?/,
	/^(?:首页|主页)\s*[>»›]/,
	/^(?:downloaded|download(?:ed)? from|source:|copyright ©|©|all rights reserved|free for personal use|click (?:here )?(?:for|to read) more|read more|continue reading|home\s*[>»›])/,
	/(?:free for personal use|all rights reserved)$/,
	/_(?:word|pdf|doc)?文档|_百度|_免费|_精品|【精品】|【推荐】|【最新】|\(完整版\)|（完整版）|- 职场范文|- .{1,8}(?:范文网|文库|网)$/,
];

/** Headings of the list of links a web page ends with. */
const RELATED = /^(?:相关(?:文章|推荐|阅读|范文|文档|资料|内容|链接|搜索)|热门(?:文章|推荐)|猜你喜欢|推荐阅读|延伸阅读|更多(?:相关)?(?:文章|范文)|related(?: articles| posts| reading| links)?|you (?:may|might) also like|see also|more (?:articles|templates))\s*[:：]?$/;

/** A line of page furniture, judged on its own. */
export function isFurniture(text: string): boolean {
	const line = fold(text.trim()).replace(/\s+/g, ' ');
	if (!line) return false;
	if (PAGE_MARKER.some((re) => re.test(line))) return true;
	return NOTICE.some((re) => re.test(line));
}

/** The heading of a related-articles list: the short lines under it are links, not content. */
export function isRelatedHeading(text: string): boolean {
	return RELATED.test(fold(text.trim()));
}

/** A line that may be a link in a related-articles list: short, unnumbered, no sentence in it. */
export function isLinkLine(text: string): boolean {
	const line = text.trim();
	return line.length > 0 && line.length <= 40 && !/[。；;!！?？]$/.test(line) && !/^[\d一二三四五六七八九十]+[、.．)）]/.test(line);
}
