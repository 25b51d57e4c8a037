/**
 * Where an unlabelled requirement or working-condition line goes, read from its words.
 * The line is kept whole; only its key is guessed, and the first rule that matches wins,
 * so the order puts the narrow words (学历, 英语) before the broad ones (能力).
 */
import type { ConditionPart, QualificationPart } from './headings.ts';
import { fold } from './text.ts';

const QUALIFICATION_WORDS: [QualificationPart, RegExp][] = [
	['education', /学历|学位|本科|大专|专科|硕士|博士|研究生|中专|高中及以上|degree|bachelor|master'?s|diploma|phd|graduate/],
	['languages', /英语|外语|普通话|日语|韩语|粤语|口语|english|mandarin|cantonese|language|fluent/],
	['certifications', /证书|职称|资格证|执业|上岗证|驾照|驾驶证|certif|licen[cs]e/],
	['majors', /专业(?!知识|技能|技巧|能力|素养|水平|形象|的)|major in|majoring/],
	['experience', /经验|经历|年以上|年及以上|\d+\s*年|experience|years? of/],
	['training', /培训|training/],
	['physical', /身体|体力|体格|physical|\bhealth\b/],
	['appearance', /形象|仪表|仪容|五官|appearance|presentable/],
	['skills', /熟练(?:使用|运用|操作)|技巧|技能|软件|办公自动化|office|excel|word|skill|proficien/],
	['knowledge', /熟悉|了解|掌握|知识|knowledge|familiar|understanding of/],
	['abilities', /能力|ability|able to|capable|capacity/],
	['traits', /意识|精神|品德|品质|态度|素质|责任心|责任感|诚信|敬业|性格|正直|踏实|吃苦|积极|主动|attitude|integrity|motivated|team player|self-starter/],
];

export function classifyQualification(text: string): QualificationPart {
	const folded = fold(text);
	return QUALIFICATION_WORDS.find(([, words]) => words.test(folded))?.[0] ?? 'other';
}

const CONDITION_WORDS: [ConditionPart, RegExp][] = [
	['hours', /工作时间|工时|加班|倒班|轮班|值班|作息|hours|shift|overtime/],
	['equipment', /设备|电脑|电话|工具|车辆|equipment|computer|laptop|tools|vehicle/],
	['environment', /办公室|室内|室外|环境|场所|office|site|remote|indoor|outdoor/],
	['travel', /出差|外出|travel/],
	['physical', /体力|身体|站立|搬运|physical|lifting|standing/],
];

export function classifyCondition(text: string): ConditionPart {
	const folded = fold(text);
	return CONDITION_WORDS.find(([, words]) => words.test(folded))?.[0] ?? 'environment';
}
