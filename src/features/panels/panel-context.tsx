import type { PanelEvent } from '../../domain/panel-events';
import type { PanelModel } from '../../domain/panel-model';
import { eventSourceText, targetSentence, targetSourceLines } from '../../domain/panel-summary';
import { safeLink } from '../../domain/provenance';
import { useI18n } from '../../i18n/i18n-context';
import './panel-context.css';

/** Where each region stands against its target, as of the last year shown, and who set it. */
export function PanelTargets({ model }: { model: PanelModel }) {
  const { locale, t } = useI18n();
  if (model.targets.length === 0) return null;
  const sources = targetSourceLines(model, locale);
  return (
    <section className="panel-targets" aria-label={t('target.title')}>
      <ul>
        {model.targets.map((target) => (
          <li key={`${target.regionId}-${target.target.period}`}>
            {targetSentence(model, target, locale)}
          </li>
        ))}
      </ul>
      {sources.map((source) => (
        <p key={source} className="panel-targets__source">
          {source}
        </p>
      ))}
    </section>
  );
}

function EventSource({ event }: { event: PanelEvent }) {
  const link = event.source ? safeLink(event.source.url) : null;
  const text = eventSourceText(event);
  return link ? (
    <a href={link} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    text
  );
}

/**
 * The events the chart marks, by the numbers on its marks: a short list under the chart, or a
 * table with each event's description in the table view.
 */
export function PanelEvents({ model, layout }: { model: PanelModel; layout: 'list' | 'table' }) {
  const { t } = useI18n();
  if (model.events.length === 0) return null;
  if (layout === 'list') {
    return (
      <section className="panel-events" aria-label={t('events.title')}>
        <ol>
          {model.events.map((event) => (
            <li key={event.event.id} value={event.number}>
              <span className="panel-events__date">{event.date}</span> {event.title}
              {event.period === null && ` (${t('events.offAxis')})`} (<EventSource event={event} />)
            </li>
          ))}
        </ol>
      </section>
    );
  }
  return (
    <table className="panel-events__table">
      <caption>{t('events.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('events.column.number')}</th>
          <th scope="col">{t('events.column.date')}</th>
          <th scope="col">{t('events.column.event')}</th>
          <th scope="col">{t('events.column.source')}</th>
        </tr>
      </thead>
      <tbody>
        {model.events.map((event) => (
          <tr key={event.event.id}>
            <td>{event.number}</td>
            <td>{event.date}</td>
            <td>
              <strong>{event.title}</strong>: {event.description}
            </td>
            <td>
              <EventSource event={event} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
