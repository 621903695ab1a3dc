/**
 * Plain CSS for the three sites: a shared base and one look per brand, so a
 * person (or a screenshot) can tell at a glance which site they are on.
 */
import type { HostId } from './hosts';

export const BASE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;background:#f5f5f5}
a{color:inherit}
main{max-width:960px;margin:24px auto;padding:0 16px}
h1{font-size:1.75rem;margin:0 0 16px}
h2{font-size:1.25rem;margin:24px 0 12px}
h3{font-size:1rem;margin:8px 0 4px}
.topbar{display:flex;align-items:center;gap:24px;padding:12px 24px;color:#fff}
.topbar .logo{font-weight:700;font-size:1.5rem;text-decoration:none}
.topbar .spacer{flex:1}
.account ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}
.account{display:flex;align-items:center;gap:16px}
.panel{background:#fff;border-radius:8px;padding:20px 24px;margin-bottom:16px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.panel>:first-child{margin-top:0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}
dd{margin:0}
.field{display:flex;flex-direction:column;gap:4px;margin-bottom:14px;max-width:360px}
.field label{font-weight:600}
.field input,.field select{font:inherit;padding:8px 10px;border:1px solid #bbb;border-radius:6px}
.field input[aria-invalid=true]{border-color:#c62828}
button{font:inherit;cursor:pointer;border-radius:6px;padding:8px 16px;border:1px solid #999;background:#fff}
button.primary{color:#fff;border:none}
.inline-form{display:inline}
.alert{border-radius:6px;padding:12px 16px;margin-bottom:16px}
.alert ul{margin:0;padding-left:18px}
.alert.error{background:#fdecea;color:#8a1c1c}
.alert.success{background:#e8f5e9;color:#1b5e20}
.warning{background:#fff8e1;border-left:4px solid #f9a825;padding:10px 14px}
.note{color:#555}
.code{font-size:1.5rem;letter-spacing:4px;font-weight:700}
.cards{list-style:none;padding:0;margin:0}
.cards li{display:flex;align-items:center;gap:12px;padding:12px 0;border-bottom:1px solid #eee}
.cards .number{font-family:ui-monospace,monospace}
.badge{font-size:.8rem;padding:2px 8px;border-radius:10px;background:#eee}
.site-footer{text-align:center;color:#595959;font-size:.85rem;padding:24px}
body.in-frame{background:transparent}
body.in-frame main{max-width:none;margin:0;padding:4px}
`;

export const BRAND_CSS: Record<HostId, string> = {
  aliexpress: `
.site-aliexpress .topbar{background:linear-gradient(90deg,#b8290a,#c2410c)}
.site-aliexpress button.primary{background:#e62e04}
.site-aliexpress .products{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:16px;list-style:none;padding:0}
.site-aliexpress .product{background:#fff;border-radius:8px;padding:12px}
.site-aliexpress .product .thumb{height:120px;border-radius:6px;margin-bottom:8px}
.site-aliexpress .price{color:#e62e04;font-weight:700}
.site-aliexpress .hero{background:#fff3e0;border-radius:8px;padding:20px 24px;margin-bottom:16px}
`,
  alipay: `
.site-alipay{background:#eef3fb}
.site-alipay .topbar{background:#0958d9}
.site-alipay button.primary{background:#0958d9}
.site-alipay .panel{border-top:4px solid #1677ff}
.site-alipay #link-card-opener,.site-alipay #link-card-form{margin-top:16px}
.site-alipay .card-frame{display:block;width:100%;height:680px;border:none}
.site-alipay .card-icon{display:inline-flex;padding:10px;border-radius:10px;background:#e6f0ff;color:#1677ff}
`,
  mail: `
.site-mail .topbar{background:#37474f}
.site-mail button.primary,.site-mail a.primary{background:#37474f;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;display:inline-block}
.site-mail .messages{list-style:none;padding:0;margin:0}
.site-mail .messages li{display:flex;gap:12px;align-items:baseline;padding:12px 0;border-bottom:1px solid #eee}
.site-mail .messages .unread a{font-weight:700}
`,
};
