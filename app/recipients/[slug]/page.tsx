import { PartyPage, partyMetadata, type PartyPageProps } from '@/app/_components/party-page';

export const dynamic = 'force-dynamic';

export function generateMetadata({ params }: PartyPageProps) {
  return partyMetadata('recipient', params);
}

export default function RecipientPage(props: PartyPageProps) {
  return <PartyPage role="recipient" {...props} />;
}
