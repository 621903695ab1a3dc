/**
 * A card's brand from its number's prefix (IIN ranges), and how the sites show a
 * card: brand plus the last four digits, which is all they ever keep.
 */
export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'other';

export function brandOf(digits: string): CardBrand {
  if (digits.startsWith('4')) return 'visa';
  if (/^3[47]/.test(digits)) return 'amex';
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  return 'other';
}

/** Brand names are trademarks and read the same in every language, except our fallback. */
export function brandName(brand: CardBrand, otherLabel: string): string {
  switch (brand) {
    case 'visa':
      return 'Visa';
    case 'mastercard':
      return 'Mastercard';
    case 'amex':
      return 'American Express';
    case 'other':
      return otherLabel;
  }
}

/** "•••• 1234", the masked number both sites show. */
export function maskedNumber(last4: string): string {
  return `•••• ${last4}`;
}
