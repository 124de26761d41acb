import { DeleteSuppressedDestinationCommand, NotFoundException, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { SuppressionList } from '../use-cases/ports';

/** SES's account-level suppression list (SES v2 API). Used by the command line, not by the functions. */
export class SesSuppressionList implements SuppressionList {
  constructor(private readonly client: SESv2Client) {}

  async remove(email: string): Promise<'removed' | 'not-listed' | 'unavailable'> {
    try {
      await this.client.send(new DeleteSuppressedDestinationCommand({ EmailAddress: email }));
      return 'removed';
    } catch (error) {
      if (error instanceof NotFoundException) return 'not-listed';
      // The local SES emulator has no suppression list; elsewhere, report rather than fail the erase.
      return 'unavailable';
    }
  }
}
