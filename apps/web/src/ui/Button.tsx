import type { ButtonHTMLAttributes } from 'react';
import { Link, type LinkProps } from 'react-router';

/** primary: the one main action of a view; secondary: other actions; quiet: low-key actions in lists; link: looks like a link. */
export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger' | 'link';

export function buttonClass(variant: ButtonVariant, className?: string) {
  return ['button', `button--${variant}`, className].filter(Boolean).join(' ');
}

/**
 * A button; while `busy` it stays focusable (aria-disabled rather than disabled,
 * so focus is not lost) and ignores clicks.
 */
export function Button({
  variant = 'secondary',
  busy = false,
  type = 'button',
  className,
  onClick,
  children,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; busy?: boolean }) {
  return (
    <button
      {...rest}
      type={type}
      className={buttonClass(variant, className)}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {children}
    </button>
  );
}

/** A link to a page of the app that looks like a button ("Bijeenkomst plannen"): it navigates, so it stays a link. */
export function ButtonLink({ variant = 'secondary', className, ...rest }: LinkProps & { variant?: Exclude<ButtonVariant, 'link'> }) {
  return <Link {...rest} className={buttonClass(variant, className)} />;
}
