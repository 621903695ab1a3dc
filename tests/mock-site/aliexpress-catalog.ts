/** The store's filler: products on the home page and the shopper's past orders. */
import type { Lang } from './labels';

export interface Product {
  name: Record<Lang, string>;
  priceCents: number;
  /** Thumbnail colour; the mock ships no images. */
  colour: string;
}

export const PRODUCTS: readonly Product[] = [
  {
    name: { en: 'Wireless earbuds', es: 'Auriculares inalámbricos' },
    priceCents: 1899,
    colour: '#ffe0b2',
  },
  { name: { en: 'Smart watch', es: 'Reloj inteligente' }, priceCents: 3450, colour: '#c8e6c9' },
  { name: { en: 'Phone case', es: 'Funda para móvil' }, priceCents: 499, colour: '#bbdefb' },
  {
    name: { en: 'LED desk lamp', es: 'Lámpara LED de escritorio' },
    priceCents: 2275,
    colour: '#fff9c4',
  },
  { name: { en: 'Travel backpack', es: 'Mochila de viaje' }, priceCents: 2999, colour: '#d1c4e9' },
  { name: { en: 'USB-C charger', es: 'Cargador USB-C' }, priceCents: 1150, colour: '#ffcdd2' },
];

export interface Order {
  number: string;
  item: Record<Lang, string>;
  priceCents: number;
  status: 'delivered' | 'shipped';
}

export const ORDERS: readonly Order[] = [
  {
    number: '8102 3345 9921',
    item: { en: 'Wireless earbuds', es: 'Auriculares inalámbricos' },
    priceCents: 1899,
    status: 'delivered',
  },
  {
    number: '8102 4471 0356',
    item: { en: 'LED desk lamp', es: 'Lámpara LED de escritorio' },
    priceCents: 2275,
    status: 'shipped',
  },
];

export function formatPrice(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'es' ? 'es-ES' : 'en-IE', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}
