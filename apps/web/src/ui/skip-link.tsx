import './skip-link.css';

export interface SkipLinkProps {
  /** The id of the element to skip to. */
  targetId: string;
  children: string;
}

export function SkipLink({ targetId, children }: SkipLinkProps) {
  return (
    <a className="skip-link" href={`#${targetId}`}>
      {children}
    </a>
  );
}
