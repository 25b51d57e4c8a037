import { CONFIRMATION_SECTIONS, type Site } from '../../schemas/index.ts';
import type { Translate } from '../i18n/translate.ts';

export type ConfirmationSection = (typeof CONFIRMATION_SECTIONS)[number];

/** What a sheet prints when `site.confirmation.sections` does not say. */
export const DEFAULT_SECTIONS: readonly ConfirmationSection[] = ['summary', 'duties', 'authorities', 'qualifications'];

export interface Signature {
	label: string;
	note: string | undefined;
}

/** `site.confirmation` with every gap filled: what each sheet of the site prints around the role. */
export interface ConfirmationSettings {
	title: string;
	statement: string;
	sections: readonly ConfirmationSection[];
	signatures: readonly Signature[];
}

/**
 * The site's settings, or defaults in the site's language, so a site without a
 * `confirmation` block still prints a sheet that can be signed. The defaults come from
 * the UI dictionary, so `site.labels` can reword them too.
 */
export function confirmationSettings(site: Site, t: Translate): ConfirmationSettings {
	const configured = site.confirmation;
	const sections = configured?.sections ?? DEFAULT_SECTIONS;
	return {
		title: configured?.title ?? t('confirm.defaultTitle'),
		statement: configured?.statement ?? t('confirm.defaultStatement'),
		// Each section once, in the order given.
		sections: [...new Set(sections)],
		signatures: configured?.signatures?.map((signature) => ({ label: signature.label, note: signature.note })) ?? [
			{ label: t('confirm.signature.employee'), note: t('confirm.signature.employeeNote') },
			{ label: t('confirm.signature.superior'), note: undefined },
			{ label: t('confirm.signature.date'), note: undefined },
		],
	};
}
