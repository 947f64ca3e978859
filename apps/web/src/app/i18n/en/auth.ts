import type { Messages } from '../nl';

export const enAuth: Pick<Messages, 'auth'> = {
  auth: {
    email: 'E-mail address',
    password: 'Password',
    newPassword: 'New password',
    passwordHint: 'At least {{min}} characters. A sentence of a few words is strong and easy to remember.',
    displayName: 'Name',
    displayNameHint: 'How other members see you, e.g. your first and last name.',
    backToLogin: 'Back to sign in',
    missingToken: 'This link is incomplete. Open the link from your e-mail again.',
    login: {
      title: 'Sign in',
      submit: 'Sign in',
      failed: 'The e-mail address or the password is incorrect.',
      rateLimited: 'Too many sign-in attempts. Wait a few minutes and try again.',
      forgotPassword: 'Forgot your password?',
      noAccount: 'No account yet?',
    },
    register: {
      title: 'Register',
      lead: 'Do you work for a municipality, OCMW or partnership in the network? Create an account and request membership of your organisation.',
      submit: 'Create account',
      organisation: 'Organisation (optional)',
      organisationHint: 'Choose your organisation to become a member. A facilitator approves your request.',
      message: 'Message for the facilitator (optional)',
      messageHint: 'For example your position or why you want to take part.',
      haveAccount: 'Already have an account?',
    },
    forgot: {
      title: 'Forgot password',
      lead: 'Enter your e-mail address. If we know an account with that address, we send a link to choose a new password.',
      submit: 'Send the link',
      sent: 'If an account exists for {{email}}, an e-mail is on its way. The link is valid for a limited time.',
    },
    reset: {
      title: 'Choose a new password',
      submit: 'Save password',
      done: 'Your password has been changed. You can sign in now.',
    },
    invitation: {
      title: 'Accept invitation',
      lead: 'You have been invited to the Lerend Netwerk. Choose your name and a password, or use your existing password if you already have an account; you are a member straight away.',
      submit: 'Accept invitation',
      displayNameHint: 'Only needed if you have no account yet: how other members see you.',
      passwordHint:
        'If you already have an account, enter your current password. Otherwise choose a new one of at least {{min}} characters.',
    },
    menu: {
      label: 'Account:',
      profile: 'Profile',
      membersArea: "Members' area",
      admin: 'Administration',
      logout: 'Sign out',
    },
    noAccess: {
      title: 'No access',
      body: 'This page is only for the network’s facilitators and administrators.',
      adminsOnly: 'This page is for the network’s administrators only.',
      back: "To the members' area",
    },
  },
};
