import { PartyPage, partyMetadata, type PartyPageProps } from '@/app/_components/party-page';

export const dynamic = 'force-dynamic';

export function generateMetadata({ params }: PartyPageProps) {
  return partyMetadata('donor', params);
}

export default function DonorPage(props: PartyPageProps) {
  return <PartyPage role="donor" {...props} />;
}
