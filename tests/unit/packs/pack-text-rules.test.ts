// Issue #12, "Packs can't speak for us", and issue #10's minimum wording: the
// rules on what a pack's texts may say, in English and Spanish, each with
// texts it must refuse and texts it must let through.
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { PACK_TEXT_MESSAGE_KEYS } from '@/utils/packs/check-pack-texts';
import { isMeaningfulWording, packTextProblem } from '@/utils/packs/pack-text-rules';

describe('asking for a secret is refused', () => {
  it.each([
    // English
    'Send us your PIN',
    'Share your password with our agent.',
    'Tell us the verification code.',
    'Please enter your card number here',
    'Type your CVV in the chat',
    'Email us your card details',
    'Reply with the code from the email',
    'Give the agent your six-digit payment PIN',
    'Your PIN? Share it with our agent.',
    "Don't forget to send us your PIN",
    'No, send us your PIN',
    // Spanish
    'Envíanos tu PIN',
    'Comparte tu contraseña con el agente.',
    'Dinos el código que te llegó',
    'Escribe tu número de tarjeta en el chat',
    'Introduce el CVV aquí',
    'Mándanos los datos de tu tarjeta',
    'Facilita tu clave al asesor',
    'Tu PIN: envíalo a nuestro agente',
    'No olvides enviarnos tu PIN',
    'No dudes en compartir tu contraseña con soporte',
  ])('%s', (text) => {
    expect(packTextProblem(text)).toBe('secret');
  });
});

describe('warning about a secret, or saying how the site uses it, is fine', () => {
  it.each([
    // English
    'Keep your PIN safe',
    'Never share your PIN',
    'Never, ever share your PIN or password.',
    'Do not send your password to anyone.',
    'AliPay will never ask you to send your PIN.',
    'No one from support will ask for your code.',
    'Write the PIN down somewhere safe: you need it to add any card later.',
    'If AliPay says “Check the card number”, type it again without spaces.',
    'Type the code shown into “Verification code”.',
    'The payment PIN is exactly six digits, typed twice the same way.',
    'If the code does not arrive, give it a few minutes.',
    'AliPay will send a code to your email.',
    'Press “Send confirmation email” to get a new code.',
    'Enter your postal code as it is on your bank statement.',
    // Spanish
    'Guarda bien tu PIN',
    'Nunca compartas tu PIN',
    'No compartas tu contraseña con nadie.',
    'Nunca debes enviar tu código a nadie.',
    'Nadie de AliPay te pedirá tu PIN.',
    'AliPay te envía un código por correo.',
    'Apunta el PIN en un lugar seguro: lo necesitarás.',
    'Si AliPay dice “Revisa el número de tarjeta”, escríbelo otra vez sin espacios.',
    'Escribe el código que ves en «Código de verificación».',
    'El PIN de pago tiene exactamente seis dígitos y se escribe dos veces igual.',
    'Para cambiar los datos de la tarjeta, ve a AliPay.',
  ])('%s', (text) => {
    expect(packTextProblem(text)).toBeNull();
  });
});

describe('contact details and foreign web addresses are refused', () => {
  it.each<[string, 'email' | 'phone' | 'link']>([
    ['Write to help@support-desk.example', 'email'],
    ['Escribe a ayuda@soporte.example', 'email'],
    ['Message @alipay_helpdesk on Telegram', 'email'],
    ['Call +34 (91) 123-45-67', 'phone'],
    ['Llama al 600 123 456', 'phone'],
    ['Call 555-1234567 if it fails', 'phone'],
    ['Visit evil.example for help', 'link'],
    ['Visita soporte-alipay.net', 'link'],
    ['See www.helpdesk.com', 'link'],
    ['Go to https://evil.com/x', 'link'],
    ['Go to http://www.alipay.com/', 'link'],
    ['Open https://aliexpress.com.evil.net/', 'link'],
    ['Open alipay.com.evil.net', 'link'],
    ['Write on wa.me/34600000000', 'link'],
    ['tel:600', 'link'],
    ['Open 192.168.1.10', 'link'],
    ['Ve a aliexpress.es', 'link'],
  ])('%s', (text, problem) => {
    expect(packTextProblem(text)).toBe(problem);
  });

  it.each([
    'Go to https://www.alipay.com/ to start.',
    'Abre www.aliexpress.com y después alipay.com',
    'Open global.aliexpress.com',
    'Since 2026-11-25 the button says “Add card”.',
    'The link works once, for 10 minutes.',
    'El PIN tiene 6 dígitos.',
    'p.ej. la tarjeta de débito',
    'e.g. a debit card',
  ])('%s is fine', (text) => {
    expect(packTextProblem(text)).toBeNull();
  });
});

describe('the built-in texts pass the same rules', () => {
  it.each([
    ['en', en],
    ['es', es],
  ])('%s', (_lang, catalogue) => {
    const texts = Object.entries(catalogue)
      .filter(([key]) => /^(step_|why_|do_|err_|info_|advice)/.test(key))
      .map(([key, entry]) => [key, packTextProblem(entry.message)]);
    expect(texts.filter(([, problem]) => problem !== null)).toEqual([]);
  });
});

describe('wordings the guide decides by', () => {
  it.each(['Card linked', 'Tarjeta vinculada', 'Añadido', 'Done', '¡Listo!'])(
    '%s is meaningful',
    (w) => expect(isMeaningfulWording(w)).toBe(true),
  );

  it.each(['OK', 'Sí', 'ok.', '  Yes!  ', '1234', '12-34', '...', '¡¿?!', '“OK”'])(
    '%s is too short or has no letter',
    (w) => expect(isMeaningfulWording(w)).toBe(false),
  );
});

describe('the messages', () => {
  it('the English catalogue says what parsePack says, and Spanish has every key', () => {
    for (const [message, key] of PACK_TEXT_MESSAGE_KEYS) {
      expect(en[key].message).toBe(message);
      expect(es[key].message.length).toBeGreaterThan(0);
      expect(es[key].message).not.toBe(message);
    }
    expect(PACK_TEXT_MESSAGE_KEYS.size).toBe(5);
  });
});
