/**
 * The network's mark: three linked circles (the municipalities that learn from each
 * other) in the brand colours. Decorative: the site name beside it says what it is.
 */
export function LogoMark({ size = 40 }: { size?: number }) {
  return (
    <svg className="logo-mark" width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="9" fill="#ffffff" />
      <path d="M13 27 L20 13 L27 27 Z" fill="none" stroke="#0b3d6e" strokeWidth="2.4" strokeLinejoin="round" />
      <circle cx="20" cy="13" r="5" fill="#0b3d6e" />
      <circle cx="13" cy="27" r="5" fill="#2f7d6d" />
      <circle cx="27" cy="27" r="5" fill="#ffd200" stroke="#0b3d6e" strokeWidth="1.6" />
    </svg>
  );
}
