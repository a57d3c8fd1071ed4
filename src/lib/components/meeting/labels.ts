import { m } from '$lib/paraglide/messages';
import type { AgendaLinkKind, AttendanceStatus } from '$lib/domain/meetings';

export function linkKindLabel(kind: AgendaLinkKind): string {
	const labels: Record<AgendaLinkKind, () => string> = {
		none: m.meeting_link_none,
		baanafspraken: m.meeting_link_baanafspraken,
		budgetten: m.meeting_link_budgetten,
		netwerk: m.meeting_link_netwerk,
		goal: m.meeting_link_goal
	};
	return labels[kind]();
}

export function attendanceLabel(status: AttendanceStatus): string {
	const labels: Record<AttendanceStatus, () => string> = {
		present: m.meeting_attendance_present,
		absent: m.meeting_attendance_absent,
		unknown: m.meeting_attendance_unknown
	};
	return labels[status]();
}
