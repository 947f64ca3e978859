import { toString as qrSvg } from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The address where participants join in, as a QR code (dark on white, so phones read
 * it from a projector too). An <img> of an SVG data URL: no markup from outside lands
 * in the page, and the CSP allows data: images.
 */
export function JoinQrCode({ url }: { url: string }) {
  const { t } = useTranslation();
  const [src, setSrc] = useState<string>();

  useEffect(() => {
    let current = true;
    void qrSvg(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } }).then((svg) => {
      if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [url]);

  return (
    <figure className="theme-board__qr">
      {src ? (
        <img src={src} width={220} height={220} alt={t('themes.boardPage.qr', { url })} />
      ) : (
        <span className="theme-board__qr-placeholder" />
      )}
    </figure>
  );
}
