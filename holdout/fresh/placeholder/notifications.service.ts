// ... existing imports

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @InjectRepository(Notification) private readonly repo: Repository<Notification>,
    private readonly mailer: MailerService,
  ) {}

  async notify(userId: string, message: string): Promise<Notification> {
    const n = await this.repo.save(this.repo.create({ userId, message, read: false }));
    await this.mailer.sendMail({ to: userId, subject: 'New notification', text: message });
    this.logger.log(`notified ${userId}`);
    return n;
  }
}
