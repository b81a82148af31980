import type { Messages } from '../i18n/messages'

/** Says, before anything else is read, that the numbers on the map are not real. */
export function DemoNotice({ messages }: { messages: Messages }) {
  return (
    <aside className="demo-notice panel" role="note" aria-labelledby="demo-notice-title">
      <span className="demo-notice-badge" aria-hidden="true">
        !
      </span>
      <div>
        <h2 id="demo-notice-title" className="demo-notice-title">
          {messages.demoNoticeTitle}
        </h2>
        <p className="demo-notice-body">{messages.demoNoticeBody}</p>
      </div>
    </aside>
  )
}
