import { m } from '$lib/paraglide/messages';
import type { AgendaLinkKind, AttendanceStatus } from '$lib/domain/meetings';
import { labelsOf } from '$lib/message-labels';

export const linkKindLabel = labelsOf<AgendaLinkKind>({
	none: m.meeting_link_none,
	baanafspraken: m.meeting_link_baanafspraken,
	budgetten: m.meeting_link_budgetten,
	netwerk: m.meeting_link_netwerk,
	goal: m.meeting_link_goal
});

export const attendanceLabel = labelsOf<AttendanceStatus>({
	present: m.meeting_attendance_present,
	absent: m.meeting_attendance_absent,
	unknown: m.meeting_attendance_unknown
});
