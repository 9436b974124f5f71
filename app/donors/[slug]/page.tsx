import { PartyPage, partyMetadata, type PartyPageProps } from '@/app/_components/party-page';
import { DeliveryProgress } from './_components/delivery-progress';
import { DonorYears } from '@/app/years/_components/donor-years';

export const dynamic = 'force-dynamic';

export function generateMetadata({ params }: PartyPageProps) {
  return partyMetadata('donor', params);
}

export default function DonorPage(props: PartyPageProps) {
  return (
    <>
      <PartyPage
        role="donor"
        {...props}
        extra={(slug, query) => <DeliveryProgress slug={slug} params={query} />}
      />
      <DonorYears {...props} />
    </>
  );
}
