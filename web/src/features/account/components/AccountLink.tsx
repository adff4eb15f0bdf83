import { useQuery } from '@apollo/client/react';
import { Link } from '../../../router';
import { consolePath, signInPath } from '../../../routes/paths';
import { CurrentUserQuery } from '../graphql/account';

/** The header's way in: "Sign in", or the signed-in person's name leading to their console. */
export function AccountLink({ className }: { className: string }) {
  const { data } = useQuery(CurrentUserQuery);
  const me = data?.me;
  if (!me) {
    return (
      <Link className={className} to={signInPath()}>
        Sign in
      </Link>
    );
  }
  return (
    <Link className={className} to={consolePath()}>
      <span className="visually-hidden">Console, signed in as </span>
      {me.displayName}
    </Link>
  );
}
