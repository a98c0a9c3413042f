import { t } from '@/lib/browser/i18n';

export type BrowserKind = 'chrome' | 'firefox';

/**
 * A drawing of the browser's toolbar with its Extensions menu open, marking where to click to pin
 * Backstride: the pin next to it (Chrome), or its gear and then "Pin to Toolbar" (Firefox). Drawn
 * here rather than captured, so it follows the page's light or dark colours and has no words to
 * translate: grey bars stand for the other extensions' names, numbers for the steps beside it.
 *
 * A browser in a right-to-left language mirrors its toolbar (the address field on the right, the
 * Extensions button and menu on the left), and so does the drawing; its step numbers and our icon
 * are drawn unmirrored in their mirrored places.
 */
export function PinPicture({
  browserKind,
  rtl = typeof document !== 'undefined' && document.documentElement.dir === 'rtl',
}: {
  browserKind: BrowserKind;
  rtl?: boolean;
}) {
  const firefox = browserKind === 'firefox';
  const rows = [84, 116, 148];
  const mirror = (cx: number) => (rtl ? `matrix(-1 0 0 1 ${2 * cx} 0)` : undefined);
  return (
    <svg class="pin-picture" viewBox="0 -4 320 204" role="img" aria-labelledby="pin-picture-title">
      <title id="pin-picture-title">{firefox ? t('welcomePinPictureFirefox') : t('welcomePinPictureChrome')}</title>
      <g transform={mirror(160)}>
        <rect class="pic-page" width="320" height="200" rx="10" />
        <path class="pic-bar" d="M0 10a10 10 0 0 1 10-10h300a10 10 0 0 1 10 10v30H0z" />
        <rect class="pic-field" x="10" y="8" width="180" height="24" rx="12" />
        <Puzzle x={227} y={11} />
        <circle class="pic-glyph" cx="268" cy="20" r="7" />
        {[14, 20, 26].map((y) => (
          <circle class="pic-glyph" cx="298" cy={y} r="1.6" key={y} />
        ))}
        <Mark cx={234} cy={20} step={1} left mirror={mirror} />

        <rect class="pic-panel" x="110" y="46" width="200" height="140" rx="8" />
        <rect class="pic-line" x="122" y="60" width="80" height="8" rx="4" />
        {rows.map((y, i) => {
          const ours = i === 1;
          return (
            <g key={y}>
              {ours ? (
                <image href="/icon/32.png" x="122" y={y} width="20" height="20" transform={mirror(132)} />
              ) : (
                <rect class="pic-line" x="122" y={y} width="20" height="20" rx="4" />
              )}
              <rect
                class={ours ? 'pic-glyph' : 'pic-line'}
                x="150"
                y={y + 7}
                width={ours ? 96 : 72}
                height="7"
                rx="3.5"
              />
              {firefox ? <Gear cx={288} cy={y + 10} /> : <Pin x={280} y={y + 2} />}
            </g>
          );
        })}
        <Mark cx={288} cy={rows[1]! + 10} step={2} mirror={mirror} />

        {firefox && (
          <g>
            <rect class="pic-menu" x="178" y="140" width="124" height="54" rx="6" />
            <rect class="pic-chosen" x="182" y="144" width="116" height="20" rx="4" />
            <Pin x={186} y={146} />
            <rect class="pic-glyph" x="206" y="151" width="70" height="6" rx="3" />
            <rect class="pic-line" x="206" y="174" width="56" height="6" rx="3" />
            <Mark cx={194} cy={154} step={3} ring={false} mirror={mirror} />
          </g>
        )}
      </g>
    </svg>
  );
}

/** The Extensions button: a puzzle piece with a knob on top and one on the right. */
function Puzzle({ x, y }: { x: number; y: number }) {
  return (
    <path
      class="pic-glyph"
      transform={`translate(${x} ${y})`}
      d="M0 5h3.4a2.7 2.7 0 1 1 4.6 0H11v3.4a2.7 2.7 0 1 1 0 4.6V16H0z"
    />
  );
}

function Pin({ x, y }: { x: number; y: number }) {
  return (
    <g class="pic-glyph" transform={`translate(${x} ${y})`}>
      <path d="M5.5 1.5h5l-.8 4.5 2.8 2.8v1.2h-9V8.8l2.8-2.8z" />
      <rect x="7.3" y="10" width="1.4" height="6" rx="0.7" />
    </g>
  );
}

function Gear({ cx, cy }: { cx: number; cy: number }) {
  return (
    <g>
      <circle class="pic-gear" cx={cx} cy={cy} r="5.5" stroke-dasharray="2.4 1.9" />
      <circle class="pic-glyph" cx={cx} cy={cy} r="3" />
    </g>
  );
}

/** A ring around what to click, and the number of its step (on its left or its right). */
function Mark({
  cx,
  cy,
  step,
  ring = true,
  left = false,
  mirror,
}: {
  cx: number;
  cy: number;
  step: number;
  ring?: boolean;
  left?: boolean;
  /** Undoes the picture's mirroring around a point (a number reads the same way in any direction). */
  mirror: (cx: number) => string | undefined;
}) {
  const x = left ? cx - 20 : cx + 14;
  const y = left ? cy + 2 : cy - 12;
  return (
    <g>
      {ring && <circle class="pic-mark" cx={cx} cy={cy} r="14" />}
      <circle class="pic-badge" cx={x} cy={y} r="9" />
      <text class="pic-badge-text" x={x} y={y} text-anchor="middle" dominant-baseline="central" transform={mirror(x)}>
        {step}
      </text>
    </g>
  );
}
