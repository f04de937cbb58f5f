import type { ReminderNotice } from '../../../shared/rhythm/reminder-loop';

/**
 * The browser preview's notifications: the Web Notifications API, only once the learner has allowed
 * it. The desktop app's page is denied every permission, and its reminders come from the main process.
 */
export function browserNotificationsState(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function askForBrowserNotifications(): Promise<NotificationPermission | 'unsupported'> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

export function showBrowserNotice(notice: ReminderNotice, onClick?: () => void): boolean {
  if (browserNotificationsState() !== 'granted') return false;
  const n = new Notification(notice.title, { body: notice.body, tag: 'pathwise' });
  if (onClick) {
    n.onclick = () => {
      window.focus();
      onClick();
      n.close();
    };
  }
  return true;
}
