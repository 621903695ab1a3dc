/**
 * Every label the site spec (/work/shared/site-spec.md, "Pages and the exact
 * labels") names, in English and Spanish, spelled exactly as the spec writes it.
 *
 * This is the contract the extension detects, so tests import these to assert
 * pages and to drive them. Text the mock invents on top of the spec lives in
 * site-text.ts, so nobody mistakes it for part of the contract.
 */

export type Lang = 'en' | 'es';

const en = {
  // AliExpress: header, My AliExpress, My orders, Cards and bank accounts
  helloShopper: 'Hello, Juan Carlos',
  myAliExpress: 'My AliExpress',
  myOrders: 'My orders',
  myAlipayAccount: 'My AliPay account',
  cardsAndBankAccounts: 'Cards and bank accounts',
  deleteCard: 'Delete',
  useForPayments: 'Use for payments',
  noCardsYet: 'You have no cards yet',
  changeCardsOnAlipay: 'To change card details, go to AliPay',
  // AliPay: Connect
  connectHeading: 'Connect your AliExpress account',
  connect: 'Connect',
  accountConnected: 'AliExpress account connected',
  // AliPay: Verify your email
  verifyEmailHeading: 'Verify your email',
  verificationCode: 'Verification code',
  sendConfirmationEmail: 'Send confirmation email',
  confirmationEmailSent: 'We have sent a confirmation email to j***@example.com',
  codeNotCorrect: 'The code is not correct',
  // Mailbox, and AliPay's answer to a stale link
  confirmEmailSubject: 'Confirm your email for AliPay',
  verifyMyEmail: 'Verify my email',
  linkExpired: 'This link has expired',
  sendNewEmail: 'Send a new email',
  // AliPay: Security setup
  emailVerified: 'Email verified',
  securityHeading: 'Set up your account security',
  password: 'Password',
  securityQuestion: 'Security question',
  answer: 'Answer',
  paymentPinSixDigits: 'Payment PIN (6 digits)',
  confirmPin: 'Confirm PIN',
  pinWarning: 'Do not lose this PIN: you will need it to add any payment method',
  save: 'Save',
  pinMustHaveSixDigits: 'The PIN must have exactly 6 digits',
  pinsDoNotMatch: 'The PINs do not match',
  accountReady: 'Your AliPay account is ready',
  // AliPay: profile and Manage your cards
  manageYourCards: 'Manage your cards',
  linkCard: 'Link card',
  cardNumber: 'Card number',
  expiryDate: 'Expiry date',
  cvv: 'CVV',
  cardholderName: 'Cardholder name',
  paymentPin: 'Payment PIN',
  cardLinked: 'Card linked',
  incorrectPin: 'Incorrect PIN',
  checkCardNumber: 'Check the card number',
  setUpPinFirst: 'Set up your payment PIN first',
} as const;

export type LabelKey = keyof typeof en;

const es = {
  helloShopper: 'Hola, Juan Carlos',
  myAliExpress: 'Mi AliExpress',
  myOrders: 'Mis pedidos',
  myAlipayAccount: 'Mi cuenta de AliPay',
  cardsAndBankAccounts: 'Tarjetas y cuentas bancarias',
  deleteCard: 'Eliminar',
  useForPayments: 'Usar para pagar',
  noCardsYet: 'Todavía no tienes tarjetas',
  changeCardsOnAlipay: 'Para modificar los datos de la tarjeta, ve a AliPay',
  connectHeading: 'Conecta tu cuenta de AliExpress',
  connect: 'Conectar',
  accountConnected: 'Cuenta de AliExpress conectada',
  verifyEmailHeading: 'Verifica tu correo electrónico',
  verificationCode: 'Código de verificación',
  sendConfirmationEmail: 'Enviar correo de confirmación',
  confirmationEmailSent: 'Te hemos enviado un correo de confirmación a j***@example.com',
  codeNotCorrect: 'El código no es correcto',
  confirmEmailSubject: 'Confirma tu correo para AliPay',
  verifyMyEmail: 'Verificar mi correo',
  linkExpired: 'Este enlace ha caducado',
  sendNewEmail: 'Enviar un correo nuevo',
  emailVerified: 'Correo verificado',
  securityHeading: 'Configura la seguridad de tu cuenta',
  password: 'Contraseña',
  securityQuestion: 'Pregunta de seguridad',
  answer: 'Respuesta',
  paymentPinSixDigits: 'PIN de pago (6 dígitos)',
  confirmPin: 'Confirmar PIN',
  pinWarning: 'No pierdas este PIN: lo necesitarás para añadir cualquier método de pago',
  save: 'Guardar',
  pinMustHaveSixDigits: 'El PIN debe tener exactamente 6 dígitos',
  pinsDoNotMatch: 'Los PIN no coinciden',
  accountReady: 'Tu cuenta de AliPay está lista',
  manageYourCards: 'Gestionar tus tarjetas',
  linkCard: 'Vincular tarjeta',
  cardNumber: 'Número de tarjeta',
  expiryDate: 'Fecha de caducidad',
  cvv: 'CVV',
  cardholderName: 'Titular de la tarjeta',
  paymentPin: 'PIN de pago',
  cardLinked: 'Tarjeta vinculada',
  incorrectPin: 'PIN incorrecto',
  checkCardNumber: 'Revisa el número de tarjeta',
  setUpPinFirst: 'Primero configura tu PIN de pago',
} as const satisfies Record<LabelKey, string>;

export const LABELS: { readonly en: typeof en; readonly es: typeof es } = { en, es };
