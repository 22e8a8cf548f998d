/** next-auth's session cookie, without and with the Secure prefix it uses over https. */
export const sessionCookieNames = ["next-auth.session-token", "__Secure-next-auth.session-token"];
