import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';

export class EmailLoginRequestDto {
  @ApiProperty({ example: 'kontakt@forening.dk' })
  @MaxLength(254, { message: 'email må højst være 254 tegn.' })
  @IsEmail({}, { message: 'email skal være en gyldig e-mailadresse.' })
  email!: string;
}

export class EmailLoginRequested {
  @ApiProperty({ description: 'The same for every address, known or not' })
  message!: string;
}

export class EmailLoginRedirect {
  @ApiProperty({ example: '/min-forening' })
  redirectTo!: string;
}
