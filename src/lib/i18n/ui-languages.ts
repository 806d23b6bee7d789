// The languages of the examiner's screens on this laptop (not a participant's test language,
// which each participant record holds). Each is named in its own language, as a language menu
// must be readable by someone who does not read the current one.

export const uiLanguages = [
	{ locale: 'en', name: 'English' },
	{ locale: 'id', name: 'Bahasa Indonesia' }
] as const;

export type UiLocale = (typeof uiLanguages)[number]['locale'];
