interface TemplateData {
  name: string;
  resetUrl: string;
  expiresInMinutes: number;
}

export function passwordResetEmail(d: TemplateData): { subject: string; html: string } {
  return {
    subject: 'Reset your password',
    html: `
      <p>Hi ${d.name},</p>
      <p>Someone asked to reset the password for your account.</p>
      <p><a href="${d.resetUrl}">Choose a new password</a>. This link expires in ${d.expiresInMin