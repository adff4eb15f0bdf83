import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { notFound } from '../common/domain-error';
import { Organisation } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(Organisation) private readonly organisations: Repository<Organisation>) {}

  findAll(): Promise<Organisation[]> {
    return this.organisations.find({ order: { name: 'ASC' } });
  }

  async getBySlug(slug: string): Promise<Organisation> {
    const organisation = await this.organisations.findOneBy({ slug });
    if (!organisation) throw notFound('organisation', slug);
    return organisation;
  }

  findByIds(ids: readonly string[]): Promise<Organisation[]> {
    return this.organisations.findBy({ id: In([...ids]) });
  }
}
