/** The platform name of Slack users, channels and outputs. */
export const SLACK = 'slack';
