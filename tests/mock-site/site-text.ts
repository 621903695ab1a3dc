/**
 * Text the mock site shows that the spec does not name: navigation between
 * steps, hints, extra errors, the shop's filler. Kept apart from labels.ts
 * because the extension must not rely on any of it (another site built to the
 * spec would word these differently), yet every page still has to read well
 * in both languages.
 */
const en = {
  // Shared
  testSiteNotice: 'A test site: nothing here is real.',
  notFoundHeading: 'Page not found',
  notFoundBody: 'There is nothing at this address.',
  goHome: 'Go to the home page',
  requiredFields: 'Fill in all the required fields',
  // AliExpress
  homeHeading: 'Welcome deals',
  homeIntro: 'Free shipping on your first order.',
  recommended: 'Recommended for you',
  accountSettings: 'Account settings',
  alipayAccountHint: 'Payment methods are managed on AliPay.',
  ordersHint: 'Track and review your purchases.',
  recentOrders: 'Recent orders',
  order: 'Order',
  delivered: 'Delivered',
  shipped: 'Shipped',
  paymentSection: 'Payment',
  yourCards: 'Your cards',
  loadingCards: 'Loading your cards…',
  cardsFailed: 'Your cards could not be loaded.',
  needsJavaScript: 'Turn on JavaScript to see your cards.',
  defaultCard: 'Default',
  otherBrand: 'Card',
  // AliPay
  backToAliExpress: 'Back to AliExpress',
  connectIntro: 'AliPay will see your AliExpress orders and payment methods.',
  continueToEmail: 'Continue to verify your email',
  verifyIntro: 'Type this code to receive a confirmation email.',
  yourCode: 'Your code:',
  openMailbox: 'Open your mailbox',
  linkRules: 'Each confirmation link works once, for 10 minutes.',
  chooseQuestion: 'Choose a question',
  questionBirthCity: 'In which city were you born?',
  questionFirstPet: 'What was the name of your first pet?',
  questionFirstSchool: 'What was the name of your first school?',
  goToProfile: 'Go to your AliPay profile',
  profileHeading: 'My AliPay',
  accountDetails: 'Account details',
  nameField: 'Name',
  emailField: 'Email',
  paymentMethods: 'Payment methods',
  setUpPin: 'Set up your PIN',
  noLinkedCards: 'No linked cards',
  cardsFrameTitle: 'Your cards and the card form',
  expiryHint: 'MM/YY',
  checkExpiry: 'Check the expiry date',
  checkCvv: 'Check the CVV',
  // Mail
  inbox: 'Inbox',
  inboxEmpty: 'Your inbox is empty',
  from: 'From',
  mailGreeting: 'Hello Juan Carlos,',
  mailBody:
    'Press the button below to confirm this address. The link works once and expires in 10 minutes.',
  backToInbox: 'Back to inbox',
  // Errors outside any page
  tooLarge: 'Request too large',
  somethingWrong: 'Something went wrong',
} as const;

export type SiteTextKey = keyof typeof en;

const es = {
  testSiteNotice: 'Un sitio de prueba: nada de esto es real.',
  notFoundHeading: 'Página no encontrada',
  notFoundBody: 'No hay nada en esta dirección.',
  goHome: 'Ir a la página de inicio',
  requiredFields: 'Rellena todos los campos obligatorios',
  homeHeading: 'Ofertas de bienvenida',
  homeIntro: 'Envío gratis en tu primer pedido.',
  recommended: 'Recomendado para ti',
  accountSettings: 'Ajustes de la cuenta',
  alipayAccountHint: 'Los métodos de pago se gestionan en AliPay.',
  ordersHint: 'Sigue y revisa tus compras.',
  recentOrders: 'Pedidos recientes',
  order: 'Pedido',
  delivered: 'Entregado',
  shipped: 'Enviado',
  paymentSection: 'Pago',
  yourCards: 'Tus tarjetas',
  loadingCards: 'Cargando tus tarjetas…',
  cardsFailed: 'No se han podido cargar tus tarjetas.',
  needsJavaScript: 'Activa JavaScript para ver tus tarjetas.',
  defaultCard: 'Predeterminada',
  otherBrand: 'Tarjeta',
  backToAliExpress: 'Volver a AliExpress',
  connectIntro: 'AliPay verá tus pedidos y métodos de pago de AliExpress.',
  continueToEmail: 'Continuar para verificar tu correo',
  verifyIntro: 'Escribe este código para recibir un correo de confirmación.',
  yourCode: 'Tu código:',
  openMailbox: 'Abrir tu buzón de correo',
  linkRules: 'Cada enlace de confirmación funciona una vez, durante 10 minutos.',
  chooseQuestion: 'Elige una pregunta',
  questionBirthCity: '¿En qué ciudad naciste?',
  questionFirstPet: '¿Cómo se llamaba tu primera mascota?',
  questionFirstSchool: '¿Cómo se llamaba tu primer colegio?',
  goToProfile: 'Ir a tu perfil de AliPay',
  profileHeading: 'Mi AliPay',
  accountDetails: 'Datos de la cuenta',
  nameField: 'Nombre',
  emailField: 'Correo electrónico',
  paymentMethods: 'Métodos de pago',
  setUpPin: 'Configurar tu PIN',
  noLinkedCards: 'Ninguna tarjeta vinculada',
  cardsFrameTitle: 'Tus tarjetas y el formulario de tarjeta',
  expiryHint: 'MM/AA',
  checkExpiry: 'Revisa la fecha de caducidad',
  checkCvv: 'Revisa el CVV',
  inbox: 'Bandeja de entrada',
  inboxEmpty: 'Tu bandeja de entrada está vacía',
  from: 'De',
  mailGreeting: 'Hola, Juan Carlos:',
  mailBody:
    'Pulsa el botón de abajo para confirmar esta dirección. El enlace funciona una sola vez y caduca en 10 minutos.',
  backToInbox: 'Volver a la bandeja de entrada',
  tooLarge: 'Solicitud demasiado grande',
  somethingWrong: 'Algo ha fallado',
} as const satisfies Record<SiteTextKey, string>;

export const SITE_TEXT: { readonly en: typeof en; readonly es: typeof es } = { en, es };

/** The questions the AliPay security form offers, by the value it posts. */
export const SECURITY_QUESTION_IDS = ['birth-city', 'first-pet', 'first-school'] as const;
export type SecurityQuestionId = (typeof SECURITY_QUESTION_IDS)[number];

export const SECURITY_QUESTIONS: Record<SecurityQuestionId, SiteTextKey> = {
  'birth-city': 'questionBirthCity',
  'first-pet': 'questionFirstPet',
  'first-school': 'questionFirstSchool',
};

export function isSecurityQuestionId(value: string): value is SecurityQuestionId {
  return (SECURITY_QUESTION_IDS as readonly string[]).includes(value);
}
