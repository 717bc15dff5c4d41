import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ unique: true })
  email!: string;

<<<<<<< HEAD
  @Column({ nullable: true })
  displayName?: string;
||||||| base
  @Column()
  name!: string;
=======
  @Column()
  firstName!: string;

  @Column()
  lastName!: string;
>>>>>>> split-name
  @CreateDateColumn()
  createdAt!: Date;
}
