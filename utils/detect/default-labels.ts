/**
 * Every label the extension looks for, in English and Spanish, exactly as
 * shared/site-spec.md writes them. Keys are stable ids used by the rules.
 */
import type { Labels } from './rule-schema';

export const DEFAULT_LABELS = {
  // AliExpress
  myAliExpress: { en: 'My AliExpress', es: 'Mi AliExpress' },
  myOrders: { en: 'My orders', es: 'Mis pedidos' },
  myAliPayAccount: { en: 'My AliPay account', es: 'Mi cuenta de AliPay' },
  cardsAndBankAccounts: { en: 'Cards and bank accounts', es: 'Tarjetas y cuentas bancarias' },
  deleteCard: { en: 'Delete', es: 'Eliminar' },
  useForPayments: { en: 'Use for payments', es: 'Usar para pagar' },
  noCardsYet: { en: 'You have no cards yet', es: 'Todavía no tienes tarjetas' },
  // AliPay: connect
  connectHeading: { en: 'Connect your AliExpress account', es: 'Conecta tu cuenta de AliExpress' },
  connect: { en: 'Connect', es: 'Conectar' },
  accountConnected: { en: 'AliExpress account connected', es: 'Cuenta de AliExpress conectada' },
  // AliPay: email
  verifyEmailHeading: { en: 'Verify your email', es: 'Verifica tu correo electrónico' },
  verificationCode: { en: 'Verification code', es: 'Código de verificación' },
  sendConfirmationEmail: { en: 'Send confirmation email', es: 'Enviar correo de confirmación' },
  emailSent: {
    en: 'We have sent a confirmation email to',
    es: 'Te hemos enviado un correo de confirmación a',
  },
  codeIncorrect: { en: 'The code is not correct', es: 'El código no es correcto' },
  linkExpired: { en: 'This link has expired', es: 'Este enlace ha caducado' },
  sendNewEmail: { en: 'Send a new email', es: 'Enviar un correo nuevo' },
  // AliPay: security
  emailVerified: { en: 'Email verified', es: 'Correo verificado' },
  securityHeading: {
    en: 'Set up your account security',
    es: 'Configura la seguridad de tu cuenta',
  },
  save: { en: 'Save', es: 'Guardar' },
  pinDigits: {
    en: 'The PIN must have exactly 6 digits',
    es: 'El PIN debe tener exactamente 6 dígitos',
  },
  pinMismatch: { en: 'The PINs do not match', es: 'Los PIN no coinciden' },
  accountReady: { en: 'Your AliPay account is ready', es: 'Tu cuenta de AliPay está lista' },
  // AliPay: cards
  manageCards: { en: 'Manage your cards', es: 'Gestionar tus tarjetas' },
  linkCard: { en: 'Link card', es: 'Vincular tarjeta' },
  cardLinked: { en: 'Card linked', es: 'Tarjeta vinculada' },
  pinIncorrect: { en: 'Incorrect PIN', es: 'PIN incorrecto' },
  cardNumberRejected: { en: 'Check the card number', es: 'Revisa el número de tarjeta' },
  pinFirst: { en: 'Set up your payment PIN first', es: 'Primero configura tu PIN de pago' },
} satisfies Labels;

export type LabelId = keyof typeof DEFAULT_LABELS;
