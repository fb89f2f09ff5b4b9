import './server-html.css';

export interface ServerHtmlProps {
  /** HTML the API rendered from markdown and sanitised (`bodyHtml`): never anything typed in the browser. */
  html: string;
  className?: string;
}

export function ServerHtml({ html, className }: ServerHtmlProps) {
  return (
    <div
      className={['server-html', className].filter(Boolean).join(' ')}
      dir="auto"
      // Sanitised on the server (see the API's markdown renderer and its XSS corpus).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
