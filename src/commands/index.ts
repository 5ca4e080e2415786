// Every command the bot knows. Adding one: write its file, list it here, add its cmd.<id>.* texts.
import { accountDm } from './account/dm.js';
import { accountLink } from './account/link.js';
import { accountShow } from './account/show.js';
import { accountUnlink } from './account/unlink.js';
import { actionComment } from './action/comment.js';
import { actionDone } from './action/done.js';
import { actionEdit } from './action/edit.js';
import { actionList } from './action/list.js';
import { actionMove } from './action/move.js';
import { actionNew } from './action/new.js';
import { actionShow } from './action/show.js';
import { actionStatus } from './action/status.js';
import { activityCancel } from './activity/cancel.js';
import { activityList } from './activity/list.js';
import { activityNew } from './activity/new.js';
import { activityResult } from './activity/result.js';
import { activityShow } from './activity/show.js';
import { agendaAdd } from './agenda/add.js';
import { agendaDone } from './agenda/done.js';
import { agendaNotPublic, agendaPublic } from './agenda/publication.js';
import { agendaMove } from './agenda/move.js';
import { agendaRemove } from './agenda/remove.js';
import { agendaSend } from './agenda/send.js';
import { agendaShow } from './agenda/show.js';
import { caseChannels } from './case/channels.js';
import { caseChange } from './case/change.js';
import { caseClose } from './case/close.js';
import { caseCodeRevoke } from './case/code-revoke.js';
import { caseCode } from './case/code.js';
import { caseLink } from './case/link.js';
import { caseNew } from './case/new.js';
import { casePublish, casePublishAddress } from './case/publish.js';
import { caseReopen } from './case/reopen.js';
import { caseShow } from './case/show.js';
import { caseUnlink } from './case/unlink.js';
import { decision } from './decision.js';
import { digest } from './digest.js';
import { exportActions } from './export/actions.js';
import { exportFigures, exportFiguresExact } from './export/figures.js';
import { exportReport } from './export/report.js';
import { figuresExact } from './figures/exact.js';
import { figuresWithdraw } from './figures/withdraw.js';
import { figuresHistory } from './figures/history.js';
import { figuresReport } from './figures/report.js';
import { figuresShow } from './figures/show.js';
import { help } from './help.js';
import { meetingCancel } from './meeting/cancel.js';
import { meetingMove } from './meeting/move.js';
import { meetingAttendance } from './meeting/attendance.js';
import { meetingNew } from './meeting/new.js';
import { meetingShow } from './meeting/show.js';
import { memberAdd } from './member/add.js';
import { memberApprove } from './member/approve.js';
import { memberDecline } from './member/decline.js';
import { memberLeave } from './member/leave.js';
import { memberList } from './member/list.js';
import { memberRemove } from './member/remove.js';
import { minutesApprove, minutesApprovers, minutesCorrect } from './minutes/approval.js';
import { minutesExport } from './minutes/export.js';
import { minutesShow } from './minutes/show.js';
import { pollAction } from './poll/action.js';
import { pollActivity } from './poll/activity.js';
import { pollClose } from './poll/close.js';
import { pollList } from './poll/list.js';
import { pollNew } from './poll/new.js';
import { pollShow } from './poll/show.js';
import { pollVote } from './poll/vote.js';
import { setting } from './setting.js';
import { standinAdd } from './standin/add.js';
import { standinEnd } from './standin/end.js';
import { standinShow } from './standin/show.js';
import type { CommandSpec } from './spec.js';

// One line per area keeps additions from different branches apart.
export const allCommands: readonly CommandSpec[] = [
  help, caseNew, caseShow, caseLink, caseCode, caseCodeRevoke, caseChannels, caseUnlink, caseChange, caseClose, caseReopen,
  casePublish, casePublishAddress,
  memberAdd, memberList, memberRemove, memberApprove, memberDecline, memberLeave,
  actionNew, actionList, actionStatus, actionDone, actionMove, actionComment, actionEdit, actionShow,
  pollNew, pollVote, pollShow, pollClose, pollList, pollAction, pollActivity,
  activityNew, activityList, activityShow, activityResult, activityCancel,
  meetingNew, meetingShow, meetingMove, meetingCancel, agendaAdd, agendaShow, agendaMove, agendaRemove, agendaDone, agendaNotPublic, agendaPublic, agendaSend, decision, minutesShow, minutesExport,
  meetingAttendance, minutesApprovers, minutesApprove, minutesCorrect,
  figuresShow, figuresHistory, figuresExact, figuresReport, figuresWithdraw, exportFigures, exportFiguresExact, exportActions, exportReport,
  digest, setting,
  standinAdd, standinShow, standinEnd,
  accountLink, accountUnlink, accountShow, accountDm,
];
