import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ActionError } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { SUPPORT_THEME, WITHDRAW_THEME_SUPPORT, type ThemeData } from './queries';

/** The support button's id: focus goes back to it when the list re-orders under it. */
export const supportButtonId = (themeId: string) => `steun-${themeId}`;

/**
 * Focus back on the button after the list re-ordered (moving a node in the DOM drops
 * its focus to <body>): the person stays on the theme they just supported.
 */
function keepFocusOn(id: string) {
  requestAnimationFrame(() => {
    const button = document.getElementById(id);
    if (button && document.activeElement !== button) button.focus({ preventScroll: false });
  });
}

/** Support a theme, or withdraw it: one support per person. The answer updates the theme everywhere (cache). */
export function SupportButton({ theme, onDone }: { theme: ThemeData; onDone?: (message: string) => void }) {
  const { t } = useTranslation();
  const [support] = useMutation(SUPPORT_THEME);
  const [withdraw] = useMutation(WITHDRAW_THEME_SUPPORT);
  const action = useAction(async () => {
    if (theme.viewerSupports) await withdraw({ variables: { themeId: theme.id } });
    else await support({ variables: { themeId: theme.id } });
    onDone?.(t(theme.viewerSupports ? 'themes.withdrawn' : 'themes.supported', { title: theme.title }));
    keepFocusOn(supportButtonId(theme.id));
  });
  return (
    <>
      <Button
        id={supportButtonId(theme.id)}
        variant={theme.viewerSupports ? 'secondary' : 'primary'}
        aria-pressed={theme.viewerSupports}
        busy={action.busy}
        onClick={() => void action.run()}
        aria-label={`${t(theme.viewerSupports ? 'themes.withdraw' : 'themes.support')}: ${theme.title}`}
      >
        {t(theme.viewerSupports ? 'themes.withdraw' : 'themes.support')}
      </Button>
      <ActionError message={action.error} />
    </>
  );
}
