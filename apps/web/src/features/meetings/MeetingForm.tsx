import './meetings.css';
import { Visibility } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../ui/Form';
import { SelectField } from '../../ui/SelectField';
import { TextArea, TextField } from '../../ui/TextField';
import { useForm } from '../../ui/useForm';
import { OrganisationCheckboxes } from '../organisations/OrganisationCheckboxes';
import type { AgendaDraftItem } from './agendaDraft';
import { AgendaEditor } from './AgendaEditor';
import { checkMeetingForm, meetingInput, type MeetingFormValues, type MeetingInput } from './meetingFormValues';

/**
 * Plan or edit a meeting. Checks before sending (empty title, an end before the start,
 * a start in the past …) and the API's field errors are shown next to each field, in the
 * viewer's language, with the summary on top.
 */
export function MeetingForm({
  initial,
  initialAgenda,
  originalStart,
  submitLabel,
  onSubmit,
}: {
  initial: MeetingFormValues;
  initialAgenda: AgendaDraftItem[];
  /** Editing: the start as loaded (a start that is not moved may lie in the past). */
  originalStart?: { date: string; time: string };
  submitLabel: string;
  onSubmit: (input: MeetingInput) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [agenda, setAgenda] = useState(initialAgenda);
  const label = (name: keyof MeetingFormValues) => t(`meetings.form.${name}` as 'meetings.form.title');
  const form = useForm<MeetingFormValues>({
    id: 'meeting',
    initial,
    labels: {
      title: label('title'),
      description: label('description'),
      startsAt: label('startsAt'),
      startsAtTime: label('startsAtTime'),
      endsAt: label('endsAt'),
      endsAtTime: label('endsAtTime'),
      location: label('location'),
      onlineUrl: label('onlineUrl'),
      capacity: label('capacity'),
      visibility: label('visibility'),
    },
    check: (values) =>
      checkMeetingForm(values, agenda, {
        now: new Date(),
        startMustBeFuture: !originalStart || originalStart.date !== values.startsAt || originalStart.time !== values.startsAtTime,
      }),
    onSubmit: (values) => onSubmit(meetingInput(values, agenda)),
    messages: { CONFLICT: t('meetings.form.conflict') },
  });

  return (
    <Form summary={form.summary} onSubmit={form.handleSubmit} submitting={form.submitting} submitLabel={submitLabel}>
      <TextField {...form.field('title')} required />
      <TextArea {...form.field('description')} rows={5} />
      <fieldset className="field date-time">
        <legend className="field__label">{t('meetings.form.timeZoneHint')}</legend>
        <div className="date-time__row">
          <TextField {...form.field('startsAt')} type="date" required />
          <TextField {...form.field('startsAtTime')} type="time" required />
        </div>
        <div className="date-time__row">
          <TextField {...form.field('endsAt')} type="date" required />
          <TextField {...form.field('endsAtTime')} type="time" required />
        </div>
      </fieldset>
      <TextField {...form.field('location')} hint={t('meetings.form.locationHint')} />
      <TextField {...form.field('onlineUrl')} type="url" />
      <TextField {...form.field('capacity')} inputMode="numeric" hint={t('meetings.form.capacityHint')} />
      <SelectField {...form.field('visibility')}>
        {[Visibility.MEMBERS, Visibility.PUBLIC].map((option) => (
          <option key={option} value={option}>
            {t(`meetings.form.visibilityOption.${option}`)}
          </option>
        ))}
      </SelectField>
      <OrganisationCheckboxes
        id={form.idOf('invitedOrganisationIds')}
        legend={t('meetings.form.invited')}
        hint={t('meetings.form.invitedHint')}
        value={form.values.invitedOrganisationIds}
        onChange={(ids) => form.setValue('invitedOrganisationIds', ids)}
      />
      <AgendaEditor idPrefix="meeting" items={agenda} onChange={setAgenda} errors={form.errors} />
    </Form>
  );
}
