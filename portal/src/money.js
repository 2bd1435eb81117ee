const trim = (value) => Number(value.toFixed(2)).toString();

/**
 * An amount as the seed writes it: USD in K and M ("$380K", "$1.5M"); KRW in millions in English
 * ("150M KRW") and in 만/억 in Korean ("1억 5,000만 원"). Other currencies take the locale's compact form.
 */
export function formatAmount(amount, currency, locale) {
  if (currency === 'USD') {
    return amount >= 1_000_000 ? `$${trim(amount / 1_000_000)}M` : `$${trim(amount / 1_000)}K`;
  }
  if (currency === 'KRW') {
    return locale.startsWith('ko') ? koreanWon(amount) : `${trim(amount / 1_000_000)}M KRW`;
  }
  return new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact' }).format(amount);
}

function koreanWon(amount) {
  const eok = Math.floor(amount / 100_000_000);
  const man = Math.round((amount % 100_000_000) / 10_000);
  const parts = [];
  if (eok > 0) {
    parts.push(`${eok.toLocaleString('ko-KR')}억`);
  }
  if (man > 0) {
    parts.push(`${man.toLocaleString('ko-KR')}만`);
  }
  return parts.length === 0 ? '0 원' : `${parts.join(' ')} 원`;
}

/** A band's range: an open upper bound is written "and up" ("$350K+"), never as a made-up maximum. */
export function formatRange(min, max, currency, locale) {
  const low = formatAmount(min, currency, locale);
  return max == null ? `${low}+` : `${low} – ${formatAmount(max, currency, locale)}`;
}
