import { describe, expect, it } from 'vitest';
import { SEEDED_SECRETS } from '../../mock-site/journey-steps';
import { LABELS } from '../../mock-site/labels';
import { SITE_TEXT } from '../../mock-site/site-text';
import { headings } from './support/html-query';
import { ORIGINS } from './support/http-journey';
import { seededShopper } from './support/seeded-shopper';

const L = LABELS.en;

describe('mock site error paths', () => {
  it('rejects a wrong verification code, in both languages', async () => {
    const { shopper } = await seededShopper('sync');
    const verify = await shopper.open(`${ORIGINS.alipay}/verify-email`);
    const wrong = await shopper.submit(verify, L.sendConfirmationEmail, {
      [L.verificationCode]: '000000x',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('The code is not correct');
    expect(wrong.text).not.toContain(L.confirmationEmailSent);

    const es = await shopper.open(`${ORIGINS.alipay}/verify-email?lang=es`);
    const wrongEs = await shopper.submit(es, LABELS.es.sendConfirmationEmail, {
      [LABELS.es.verificationCode]: '',
    });
    expect(wrongEs.text).toContain('El código no es correcto');
  });

  it('checks the security form: required fields, six-digit PIN, matching PINs', async () => {
    const { shopper } = await seededShopper('verify-email');
    const form = await shopper.open(`${ORIGINS.alipay}/security`);
    const empty = await shopper.submit(form, L.save);
    expect(empty.status).toBe(422);
    expect(empty.text).toContain(SITE_TEXT.en.requiredFields);
    expect(empty.text).toContain('The PIN must have exactly 6 digits');

    const fill = (pin: string, confirm: string) => ({
      [L.password]: 'pw',
      [L.securityQuestion]: SITE_TEXT.en.questionFirstPet,
      [L.answer]: 'Rex',
      [L.paymentPinSixDigits]: pin,
      [L.confirmPin]: confirm,
    });
    for (const pin of ['12345', '1234567', 'abcdef', '12 456']) {
      const short = await shopper.submit(form, L.save, fill(pin, pin));
      expect(short.text, pin).toContain(L.pinMustHaveSixDigits);
      expect(short.text).not.toContain(SITE_TEXT.en.requiredFields);
    }
    const mismatch = await shopper.submit(form, L.save, fill('123456', '654321'));
    expect(mismatch.text).toContain('The PINs do not match');
    expect(mismatch.html).not.toContain('654321');

    const es = await shopper.open(`${ORIGINS.alipay}/security?lang=es`);
    const esShort = await shopper.submit(es, LABELS.es.save, {});
    expect(esShort.text).toContain('El PIN debe tener exactamente 6 dígitos');
    expect(esShort.text).toContain(SITE_TEXT.es.requiredFields);
    const esMismatch = await shopper.submit(es, LABELS.es.save, {
      [LABELS.es.paymentPinSixDigits]: '111111',
      [LABELS.es.confirmPin]: '222222',
    });
    expect(esMismatch.text).toContain('Los PIN no coinciden');

    const state = await shopper.json<{ pinSet: boolean }>(`${ORIGINS.alipay}/__mock/state`);
    expect(state.pinSet).toBe(false);
  });

  it('checks the card form: Luhn, PIN, expiry, CVV; and never echoes the secrets', async () => {
    const { shopper } = await seededShopper('set-pin');
    const form = await shopper.open(`${ORIGINS.alipay}/cards?form=open`);
    const card = (number: string, pin: string, expiry = '12/30', cvv = '123') => ({
      [L.cardNumber]: number,
      [L.expiryDate]: expiry,
      [L.cvv]: cvv,
      [L.cardholderName]: 'JUAN CARLOS',
      [L.paymentPin]: pin,
    });
    const luhn = await shopper.submit(
      form,
      L.linkCard,
      card('4242 4242 4242 4241', SEEDED_SECRETS.pin),
    );
    expect(luhn.status).toBe(422);
    expect(luhn.text).toContain('Check the card number');
    expect(luhn.text).not.toContain(L.incorrectPin);
    expect(luhn.html).not.toContain('4241');

    const pin = await shopper.submit(
      form,
      L.linkCard,
      card('4000 0566 5566 5556', '999999', '12/30', '9876'),
    );
    expect(pin.text).toContain('Incorrect PIN');
    expect(pin.text).not.toContain(L.checkCardNumber);
    for (const secret of ['5556', '999999', '9876']) expect(pin.html).not.toContain(secret);
    expect(pin.html).toContain('value="JUAN CARLOS"');

    const stale = await shopper.submit(
      form,
      L.linkCard,
      card('4242424242424242', SEEDED_SECRETS.pin, '01/20', '1'),
    );
    expect(stale.text).toContain(SITE_TEXT.en.checkExpiry);
    expect(stale.text).toContain(SITE_TEXT.en.checkCvv);

    const es = await shopper.open(`${ORIGINS.alipay}/cards?form=open&lang=es`);
    const esErrors = await shopper.submit(es, LABELS.es.linkCard, {
      [LABELS.es.cardNumber]: '1234',
      [LABELS.es.paymentPin]: '000000',
    });
    expect(esErrors.text).toContain('Revisa el número de tarjeta');
    expect(esErrors.text).toContain('PIN incorrecto');

    const state = await shopper.json<{ cards: unknown[] }>(`${ORIGINS.alipay}/__mock/state`);
    expect(state.cards).toEqual([]);
  });

  it('sends a shopper who is early back to the step they missed', async () => {
    const { shopper } = await seededShopper('none');
    for (const path of ['/verify-email', '/security', '/profile', '/cards']) {
      const page = await shopper.open(`${ORIGINS.alipay}${path}`);
      expect(headings(page.html, 1), path).toEqual([L.connectHeading]);
    }
    await shopper.fetch(`${ORIGINS.alipay}/__mock/seed?step=sync`);
    const security = await shopper.open(`${ORIGINS.alipay}/security`);
    expect(headings(security.html, 1)).toEqual([L.verifyEmailHeading]);
    const cards = await shopper.open(`${ORIGINS.alipay}/cards`);
    expect(cards.text).toContain('Set up your payment PIN first');
    const posted = await shopper.post(
      `${ORIGINS.alipay}/cards`,
      new URLSearchParams({ number: '4242424242424242' }),
    );
    expect(posted.status).toBe(409);
    expect(posted.text).toContain(L.setUpPinFirst);
    const es = await shopper.open(`${ORIGINS.alipay}/cards?lang=es`);
    expect(es.text).toContain('Primero configura tu PIN de pago');
    const sent = await shopper.open(`${ORIGINS.alipay}/verify-email/sent`);
    expect(new URL(sent.url).pathname).toBe('/verify-email');
  });
});
